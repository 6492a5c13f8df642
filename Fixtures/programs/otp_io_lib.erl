%% io_lib formatting returned as strings: io_lib:format with widths and
%% precisions, io_lib:write, ~p line breaking for large terms at the
%% default width, chars_to_string-free flattening, and io_lib_format:fwrite_g.
-module(otp_io_lib).
-export([main/0]).

main() ->
    Big = [{key, N, lists:duplicate(N rem 4, x), <<"value">>} || N <- lists:seq(1, 12)],
    [lists:flatten(io_lib:format("~p", [Big])),
     lists:flatten(io_lib:format("~w", [Big])),
     lists:flatten(io_lib:format("~80p", [#{1 => lists:seq(1, 30), 2 => "text"}])),
     lists:flatten(io_lib:format("~5w|~-5w|~5.1w|", [1, 2, 3])),
     lists:flatten(io_lib:format("~.1f ~.2f ~.5e ~15.4e|", [0.05, 2.5, 123456.789, -0.001])),
     lists:flatten(io_lib:write({a, [b, "c"], <<1, 2>>})),
     lists:flatten(io_lib:write_string("quote\"me")), lists:flatten(io_lib:write_atom('needs quoting')),
     io_lib_format:fwrite_g(0.1), io_lib_format:fwrite_g(1.0e23), lists:flatten(io_lib:format("~s", [[<<"io">>, "list", $!]])),
     lists:flatten(io_lib:format("~p", ["a string with \"quotes\" and \n newline"])),
     lists:flatten(io_lib:format("~p", [[1000, 1001]])),
     lists:flatten(io_lib:format("~tp", [[1000, 1001]])),
     lists:flatten(io_lib:format("~p", [<<"bytes", 200, 0>>])),
     io_lib:printable_list("abc"), io_lib:printable_list([1, 2]), io_lib:printable_unicode_list([1000])].
