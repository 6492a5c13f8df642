%% A long seeded random sequence of ETS operations on all four table kinds
%% (insert, insert_new, delete, delete_object, take, lookup, member,
%% update_counter, update_element, select_count, select_delete, match_object
%% with a bound key, select_replace), with a hash of every result and the
%% sorted final contents. Exercises bucket growth and shrinking and tree
%% rebalancing; no result depends on the order of a set.
-module(otp_ets_random).
-export([main/0]).

main() ->
    [run(Kind, 2500, 17) || Kind <- [set, ordered_set, bag, duplicate_bag]].

run(Kind, Steps, Seed) ->
    T = ets:new(random, [Kind]),
    {Log, _} = lists:foldl(fun(_, {Acc, S0}) ->
                                   {Op, S1} = next(S0),
                                   {K, S2} = next(S1),
                                   {V, S3} = next(S2),
                                   R = step(T, Kind, Op rem 13, K rem 700, V rem 5),
                                   {erlang:phash2({Acc, R}), S3}
                           end, {0, Seed}, lists:seq(1, Steps)),
    {Kind, Log, ets:info(T, size), lists:sort(ets:tab2list(T))}.

next(S) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    {S1 bsr 8, S1}.

step(T, _, 0, K, V) -> ets:insert(T, {K, V});
step(T, _, 1, K, V) -> ets:insert(T, [{K, V}, {K + 1, V}, {K + 2, V + 1}]);
step(T, _, 2, K, V) -> ets:insert_new(T, {K, V});
step(T, _, 3, K, _) -> ets:delete(T, K);
step(T, _, 4, K, V) -> ets:delete_object(T, {K, V});
step(T, Kind, 5, K, _) -> sorted(Kind, ets:take(T, K));
step(T, Kind, 6, K, _) -> sorted(Kind, ets:lookup(T, K));
step(T, _, 7, K, _) -> ets:member(T, K);
step(T, Kind, 8, K, V) when Kind =:= set; Kind =:= ordered_set ->
    ets:update_counter(T, K, {2, V, 3, 0}, {K, 0});
step(T, Kind, 9, K, V) when Kind =:= set; Kind =:= ordered_set ->
    ets:update_element(T, K, {2, V});
step(T, _, 10, _, V) -> ets:select_count(T, [{{'$1', '$2'}, [{'==', '$2', V}], [true]}]);
step(T, _, 11, K, _) -> ets:select_delete(T, [{{'$1', '_'}, [{'>', '$1', K}, {'<', '$1', K + 20}], [true]}]);
step(T, Kind, 12, K, _) -> sorted(Kind, ets:match_object(T, {K, '_'}));
step(T, Kind, _, K, V) when Kind =/= bag ->
    ets:select_replace(T, [{{'$1', '_'}, [{'=:=', '$1', K}], [{{'$1', V}}]}]);
step(_, _, _, _, _) -> skipped.

sorted(duplicate_bag, L) -> L;
sorted(bag, L) -> L;
sorted(_, L) -> lists:sort(L).
