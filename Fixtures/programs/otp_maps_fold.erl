%% The maps module beyond the BIFs (integer and binary keys only): fold,
%% map, filter, filtermap, foreach, with/without, groups_from_list, iterator
%% and next, get/3, update_with, intersect, from_keys.
-module(otp_maps_fold).
-export([main/0]).

main() ->
    M = maps:from_list([{I, I * I} || I <- lists:seq(1, 10)]),
    It = maps:iterator(maps:with([1, 2, 3], M)),
    {K1, V1, It2} = maps:next(It),
    {K2, V2, _} = maps:next(It2),
    [maps:fold(fun(K, V, A) -> A + K * V end, 0, M), maps:map(fun(K, V) -> V - K end, maps:with([1, 5], M)),
     maps:filter(fun(K, _) -> K rem 4 =:= 0 end, M), maps:filtermap(fun(K, V) when K > 8 -> {true, -V}; (_, _) -> false end, M),
     maps:without(lists:seq(3, 10), M), maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10)),
     maps:get(99, M, default), maps:update_with(2, fun(V) -> V * 100 end, M) =:= M#{2 := 400},
     maps:update_with(99, fun(V) -> V end, init, #{}), maps:intersect(#{1 => a, 2 => b}, #{2 => c, 3 => d}),
     maps:from_keys([<<"x">>, <<"y">>], 0), {K1, V1, K2, V2},
     lists:sort(maps:to_list(maps:from_list([{{I, I}, I} || I <- lists:seq(1, 40)]))) =:= [{{I, I}, I} || I <- lists:seq(1, 40)],
     maps:fold(fun(K, _, A) -> [K | A] end, [], maps:from_list([{I, x} || I <- lists:seq(1, 5)]))].
