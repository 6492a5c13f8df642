%% Builds a 10,000,000-element list and walks it: the heap grows far beyond its first
%% size and every element stays live until the walk.
-module(list_ten_million).
-export([main/0]).

main() ->
    L = build(10000000, []),
    {length(L), sum(L, 0), hd(L), last(L)}.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

last([X]) -> X;
last([_ | T]) -> last(T).
