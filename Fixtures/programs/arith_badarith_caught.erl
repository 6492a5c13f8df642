%% Arithmetic errors caught with try: badarith from +, div by zero, rem by zero,
%% bitwise ops on floats, shifts of atoms, unary minus of a list.
-module(arith_badarith_caught).
-export([main/0]).

main() ->
    Cases = [fun() -> id(1) + id(a) end,
             fun() -> id(1) div id(0) end,
             fun() -> id(1) rem id(0) end,
             fun() -> id(1.5) div id(1) end,
             fun() -> id(7) band id(1.0) end,
             fun() -> id(atom) bsl id(2) end,
             fun() -> -id([1]) end,
             fun() -> id(1.0) / id(0) end,
             fun() -> id(0) / id(0.0) end,
             fun() -> bnot id(1.5) end,
             fun() -> id("12") * id(2) end,
             fun() -> id(1 bsl 100) div id(0) end,
             fun() -> id(10) div id(3) end],
    [run(F) || F <- Cases].

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        Class:Reason -> {Class, Reason}
    end.

id(X) -> X.
