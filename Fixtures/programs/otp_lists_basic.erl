%% The lists module's everyday functions: seq, map, filter, foldl/foldr,
%% zip/unzip, nth, sublist, append, flatten, sum, max/min, last, duplicate,
%% split, nthtail, member, delete, subtract.
-module(otp_lists_basic).
-export([main/0]).

main() ->
    L = lists:seq(1, 10),
    [L, lists:seq(10, 1, -3), lists:seq(5, 4), lists:map(fun(X) -> X * X end, L),
     lists:filter(fun(X) -> X rem 3 =:= 0 end, L), lists:foldl(fun(X, A) -> [X | A] end, [], L),
     lists:foldr(fun(X, A) -> [X | A] end, [], L), lists:zip([a, b, c], [1, 2, 3]),
     lists:unzip([{a, 1}, {b, 2}]), lists:zip3([1, 2], [a, b], ["x", "y"]), lists:nth(4, L),
     lists:sublist(L, 3), lists:sublist(L, 4, 3), lists:append([[1], [2, 3], []]), lists:append("ab", "cd"),
     lists:flatten([1, [2, [3, [4]], []], 5]), lists:sum(L), lists:max([3, 1.5, 7, -2]), lists:min([3, 1.5, 7, -2]),
     lists:last(L), lists:duplicate(3, x), lists:split(4, L), lists:nthtail(8, L), lists:member(5, L),
     lists:delete(3, [1, 3, 2, 3]), lists:subtract([1, 2, 3, 2], [2]), lists:concat([a, "b", 1, 2.5]),
     lists:prefix([1, 2], L), lists:suffix([9, 10], L), lists:all(fun is_integer/1, L),
     lists:any(fun(X) -> X > 9 end, L), lists:reverse(L), lists:flatlength([1, [2, [3]]]),
     lists:sum([0.1, 0.2, 0.3]), lists:max(["b", "ab", "c"])].
