%% Deep and nested lists: flatten, depth, deep reverse, iolists turned into
%% binaries, list_to_tuple of nested lists, and structural equality.
-module(list_deep).
-export([main/0]).

main() ->
    D = id([1, [2, [3, [4, [5]]]], [], [[[]]], [6, 7], 8]),
    [flatten(D), depth(D), deep_reverse(D), count(D),
     iolist_to_binary(id([$a, [<<"bc">>, [$d]], <<>>, "ef"])),
     iolist_size(id([<<1, 2, 3>>, [4, [5]], 6])),
     list_to_tuple(id([[1], [2, 3]])), D =:= id([1, [2, [3, [4, [5]]]], [], [[[]]], [6, 7], 8]),
     nest(10), flatten(nest(10)), depth(nest(100))].

flatten(L) -> lists:reverse(flatten(L, [])).
flatten([], Acc) -> Acc;
flatten([H | T], Acc) when is_list(H) -> flatten(T, flatten(H, Acc));
flatten([H | T], Acc) -> flatten(T, [H | Acc]).

depth(L) when is_list(L) -> 1 + max_depth(L, 0);
depth(_) -> 0.

max_depth([], M) -> M;
max_depth([H | T], M) -> max_depth(T, max(M, depth(H))).

deep_reverse(L) when is_list(L) -> lists:reverse([deep_reverse(X) || X <- L]);
deep_reverse(X) -> X.

count([]) -> 0;
count([H | T]) when is_list(H) -> count(H) + count(T);
count([_ | T]) -> 1 + count(T).

nest(0) -> [];
nest(N) -> [N, nest(N - 1)].

id(X) -> X.
