%% A 1,000,000-element list built tail-recursively, reversed, walked,
%% summed, filtered and mapped (exercises allocation and garbage collection).
-module(list_million).
-export([main/0]).

main() ->
    N = id(1000000),
    L = build(N, []),
    R = lists:reverse(L),
    Evens = [X || X <- L, X rem 2 =:= 0],
    Squares = [X * X || X <- L],
    [length(L), hd(L), hd(R), sum(L, 0), length(Evens), sum(Squares, 0),
     nth(500000, L), last(R), lists:member(N, L), lists:member(N + 1, L),
     length(L ++ R), length(L -- [1, 2, 3])].

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

sum([], S) -> S;
sum([H | T], S) -> sum(T, S + H).

nth(1, [H | _]) -> H;
nth(N, [_ | T]) -> nth(N - 1, T).

last([X]) -> X;
last([_ | T]) -> last(T).

id(X) -> X.
