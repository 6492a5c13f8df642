%% Higher-order local functions: map, filter, foldl, foldr, zipwith, any/all,
%% takewhile/dropwhile, sort with a comparator, and function composition.
-module(fun_higher_order).
-export([main/0]).

main() ->
    L = id([5, 3, 8, 1, 9, 2, 7]),
    [map(fun(X) -> X * X end, L), filter(fun(X) -> X > 4 end, L),
     foldl(fun(X, A) -> A * 10 + X end, 0, L), foldr(fun(X, A) -> [X | A] end, [end_marker], L),
     zipwith(fun(A, B) -> {A, B} end, L, [a, b, c]), any(fun(X) -> X > 8 end, L),
     all(fun(X) -> X > 0 end, L), all(fun(X) -> X > 1 end, L),
     takewhile(fun(X) -> X > 2 end, L), dropwhile(fun(X) -> X > 2 end, L),
     sort(fun(A, B) -> A >= B end, L), sort(fun(A, B) -> A =< B end, L),
     sort(fun({_, A}, {_, B}) -> A =< B end, [{x, 3}, {y, 1}, {z, 2}]),
     (compose([fun(X) -> X + 1 end, fun(X) -> X * 2 end, fun(X) -> X - 3 end]))(10),
     partition(fun(X) -> X rem 2 =:= 0 end, L), flatmap(fun(X) -> [X, X] end, [1, 2]),
     iterate(fun(X) -> X * 2 end, 1, 10), mapfoldl(fun(X, S) -> {X + S, S + X} end, 0, L)].

map(F, L) -> [F(X) || X <- L].
filter(P, L) -> [X || X <- L, P(X)].

foldl(_, A, []) -> A;
foldl(F, A, [H | T]) -> foldl(F, F(H, A), T).

foldr(_, A, []) -> A;
foldr(F, A, [H | T]) -> F(H, foldr(F, A, T)).

zipwith(F, [A | As], [B | Bs]) -> [F(A, B) | zipwith(F, As, Bs)];
zipwith(_, _, _) -> [].

any(_, []) -> false;
any(P, [H | T]) -> P(H) orelse any(P, T).

all(_, []) -> true;
all(P, [H | T]) -> P(H) andalso all(P, T).

takewhile(P, [H | T]) -> case P(H) of true -> [H | takewhile(P, T)]; false -> [] end;
takewhile(_, []) -> [].

dropwhile(P, [H | T] = L) -> case P(H) of true -> dropwhile(P, T); false -> L end;
dropwhile(_, []) -> [].

sort(_, []) -> [];
sort(Le, [P | T]) ->
    sort(Le, [X || X <- T, not Le(P, X)]) ++ [P] ++ sort(Le, [X || X <- T, Le(P, X)]).

compose(Fs) -> foldl(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs).

partition(P, L) -> {[X || X <- L, P(X)], [X || X <- L, not P(X)]}.

flatmap(F, L) -> lists:reverse(foldl(fun(X, A) -> lists:reverse(F(X), A) end, [], L)).

iterate(_, X, 0) -> [X];
iterate(F, X, N) -> [X | iterate(F, F(X), N - 1)].

mapfoldl(_, S, []) -> {[], S};
mapfoldl(F, S, [H | T]) ->
    {H2, S2} = F(H, S),
    {T2, S3} = mapfoldl(F, S2, T),
    {[H2 | T2], S3}.

id(X) -> X.
