%% A report printed line by line on stdout with io:format: aligned columns
%% (~-12s, ~8.2f, ~5w), a header, a separator built with lists:duplicate,
%% and totals; the result is the number of lines printed.
-module(otp_print_table).
-export([main/0]).

main() ->
    Items = [{"apples", 3, 0.5}, {"kiwis", 12, 0.25}, {"watermelon", 1, 3.75}, {"figs", 20, 0.1}],
    io:format("~-12s ~5s ~8s ~9s~n", ["item", "qty", "price", "total"]),
    io:format("~s~n", [lists:duplicate(37, $-)]),
    Lines = [begin
                 io:format("~-12s ~5w ~8.2f ~9.3f~n", [Name, Qty, Price, Qty * Price]),
                 Qty * Price
             end || {Name, Qty, Price} <- Items],
    io:format("~s~n", [lists:duplicate(37, $=)]),
    io:format("~-12s ~5w ~8s ~9.3f~n", ["total", lists:sum([Q || {_, Q, _} <- Items]), "", lists:sum(Lines)]),
    io:format("~s~n", [string:centre("end of report", 37, $*)]),
    length(Items) + 4.
