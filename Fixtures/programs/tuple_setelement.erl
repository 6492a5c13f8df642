%% setelement/3 (copy semantics: the original is unchanged), chains of
%% setelement as the compiler emits for record updates, and out-of-range errors.
-module(tuple_setelement).
-export([main/0]).

main() ->
    T0 = id({a, b, c, d}),
    T1 = setelement(1, T0, x),
    T2 = setelement(4, T1, y),
    T3 = setelement(2, setelement(3, T2, z), w),
    Big = id(erlang:make_tuple(100, 0)),
    Big2 = fill(Big, 1),
    [T0, T1, T2, T3, T0 =:= id({a, b, c, d}),
     element(50, Big2), element(100, Big2), sum(Big2, 1, 0),
     catch_it(fun() -> setelement(5, T0, oops) end),
     catch_it(fun() -> setelement(0, T0, oops) end),
     catch_it(fun() -> setelement(1, id(notatuple), oops) end),
     catch_it(fun() -> element(id(0), T0) end),
     catch_it(fun() -> element(id(5), T0) end),
     catch_it(fun() -> element(id(a), T0) end)].

fill(T, I) when I > tuple_size(T) -> T;
fill(T, I) -> fill(setelement(I, T, I * I), I + 1).

sum(T, I, Acc) when I > tuple_size(T) -> Acc;
sum(T, I, Acc) -> sum(T, I + 1, Acc + element(I, T)).

catch_it(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
