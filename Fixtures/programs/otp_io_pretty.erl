%% The pretty printer on stdout: io:format("~p~n") of terms that do not fit
%% on one line (nested tuples, long lists, records-like tuples, strings,
%% binaries, maps with integer keys), showing the line breaks and
%% indentation the VM's io_lib_pretty chooses at the default width.
-module(otp_io_pretty).
-export([main/0]).

main() ->
    Terms = [{config, [{name, "a fairly long server name"}, {port, 8080}, {hosts, ["alpha", "beta", "gamma", "delta"]},
                       {limits, {max_connections, 1000, timeout_ms, 30000}}]},
             lists:seq(1, 60),
             [<<"binary number ", (integer_to_binary(N))/binary>> || N <- lists:seq(1, 6)],
             #{1 => {nested, [a, b, c], "string value"}, 2 => lists:duplicate(20, x), 3 => <<"short">>},
             {deep, {deeper, {deepest, [1, [2, [3, [4, [5, [6, [7]]]]]]], "the end of the nesting"}}},
             "a single string that is definitely longer than eighty characters so it cannot fit on one line"],
    [io:format("~p~n", [T]) || T <- Terms],
    io:format("~P~n", [lists:seq(1, 100), 10]),
    io:format("~40p~n", [{narrow, lists:seq(1, 20)}]),
    length(Terms).
