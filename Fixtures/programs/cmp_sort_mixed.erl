%% Sorting a list that mixes every printable type with a local merge sort
%% (using =<) and a local quicksort; also sorting with == duplicates.
-module(cmp_sort_mixed).
-export([main/0]).

main() ->
    L = [<<"b">>, {1, 2}, 3, "abc", a, 2.5, [], {0}, #{k => v}, -7, <<>>, b, 1.0, 1,
         [1 | 2], {a, b, c}, #{}, "ab", 1 bsl 80, -1.0e100, 'A', <<1:3>>, [[]], {}, 0.0],
    S1 = msort(L),
    S2 = qsort(L),
    [S1, S1 =:= S2, msort([3, 1.0, 2, 1, 3.0, 2.0, 1]), msort([b, a, c, a]),
     msort([[3], [1, 2], [1], [], [2, 1]]), msort([{2, a}, {1, b}, {1, a}, {2}, {3}]),
     msort([<<3>>, <<1, 2>>, <<1>>, <<>>, <<0:1>>, <<1:1>>])].

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = split(L, [], []),
    merge(msort(A), msort(B)).

split([], A, B) -> {A, B};
split([X | T], A, B) -> split(T, [X | B], A).

merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

qsort([]) -> [];
qsort([P | T]) ->
    qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
