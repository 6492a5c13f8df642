%% Integer/float mixing: promotion rules for + - * /, integer division results,
%% comparisons between ints and floats, and arithmetic on mixed lists.
-module(arith_mixed).
-export([main/0]).

main() ->
    I = id(7), F = id(2.0), B = id(1 bsl 70),
    [I + F, I - F, I * F, I / F, I / id(7), id(6) / id(3), id(1) / id(3),
     B + F, B * F, B / id(2), float(B), B / B,
     I == id(7.0), I =:= id(7.0), I /= id(7.0), I =/= id(7.0),
     id(9007199254740993) == id(9007199254740992.0),
     id(9007199254740993) < id(9007199254740994.0),
     B == float(B), B =:= float(B),
     sum([1, 2.5, 3, 4.5]), sum([1, 2, 3]), avg([1, 2, 3, 4]),
     is_float(I + 0.0), is_integer(I * 1), float(id(3)), float(id(-3))].

sum(L) -> sum(L, 0).
sum([], A) -> A;
sum([H | T], A) -> sum(T, A + H).

avg(L) -> sum(L) / len(L, 0).
len([], N) -> N;
len([_ | T], N) -> len(T, N + 1).

id(X) -> X.
