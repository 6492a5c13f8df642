%% Sorting with the lists module: sort/1 on mixed types, sort/2 with a
%% comparator, usort, keysort (stable), ukeysort, merge, umerge, and sorting
%% 100,000 pseudo-random integers from a fixed linear congruential sequence.
-module(otp_lists_sort).
-export([main/0]).

main() ->
    Mixed = [3, a, "s", {1}, 2.0, [], <<"b">>, -1, 2, {0, 0}, b],
    Recs = [{b, 2}, {a, 3}, {c, 1}, {a, 1}, {b, 1}],
    Big = lcg(100000, 12345, []),
    Sorted = lists:sort(Big),
    [lists:sort(Mixed), lists:sort(fun(A, B) -> A >= B end, [3, 1, 2]), lists:usort([3, 1, 3, 2, 1, 1.0]),
     lists:keysort(1, Recs), lists:keysort(2, Recs), lists:ukeysort(1, Recs),
     lists:merge([1, 4, 7], [2, 3, 9]), lists:umerge([1, 2, 3], [2, 3, 4]),
     lists:merge3([1], [0, 2], [3]), lists:sort([[b], [a, b], [a], []]),
     hd(Sorted), lists:last(Sorted), lists:nth(50000, Sorted), length(lists:usort(Big)),
     lists:sum(lists:sublist(Sorted, 10)), Sorted =:= lists:sort(lists:reverse(Big)),
     lists:keysort(2, [{x, 2.0}, {y, 2}, {z, 1}])].

lcg(0, _, Acc) -> Acc;
lcg(N, X, Acc) ->
    Next = (X * 1103515245 + 12345) rem 2147483648,
    lcg(N - 1, Next, [Next rem 1000000 | Acc]).
