%% Chunked traversals with continuations: select/3 and select/1, match/3
%% and match/1, match_object/3 and match_object/1, select_reverse/3 and
%% select_reverse/1 on an ordered set, select/3 on a set (chunks collected
%% and sorted), '$end_of_table' when nothing matches, ets:foldl/3 and
%% ets:foldr/3, ets:tab2list on an empty table, ets:slot/2 on an ordered set.
-module(otp_ets_chunks).
-export([main/0]).

main() ->
    O = ets:new(o, [ordered_set]),
    true = ets:insert(O, [{N, N rem 4} || N <- lists:seq(1, 23)]),
    S = ets:new(s, [set]),
    true = ets:insert(S, [{N, N rem 4} || N <- lists:seq(1, 23)]),
    MS = [{{'$1', '$2'}, [{'=/=', '$2', 0}], ['$1']}],
    [chunks(ets:select(O, MS, 5), fun ets:select/1),
     chunks(ets:select_reverse(O, MS, 4), fun ets:select_reverse/1),
     chunks(ets:match(O, {'$1', 2}, 3), fun ets:match/1),
     chunks(ets:match_object(O, {'_', 3}, 4), fun ets:match_object/1),
     chunks(ets:select(O, MS, 100), fun ets:select/1),
     ets:select(O, [{{'$1', '_'}, [{'>', '$1', 100}], ['$1']}], 3),
     lists:sort(lists:append(chunks(ets:select(S, MS, 5), fun ets:select/1))),
     length(chunks(ets:select(S, [{'_', [], ['$_']}], 100), fun ets:select/1)),
     ets:select(S, [{{'$1', '_'}, [{'>', '$1', 100}], ['$1']}], 3),
     ets:select('$end_of_table'),
     ets:foldl(fun({K, _}, Acc) -> [K | Acc] end, [], O),
     ets:foldr(fun({K, _}, Acc) -> [K | Acc] end, [], O),
     ets:foldl(fun({_, V}, Acc) -> Acc + V end, 0, S),
     ets:foldl(fun(X, Acc) -> [X | Acc] end, [], ets:new(empty, [])),
     ets:tab2list(ets:new(empty, [ordered_set])),
     [ets:slot(O, I) || I <- [0, 5, 22, 23]],
     fold_named()].

chunks('$end_of_table', _Next) -> [];
chunks({Results, Cont}, Next) -> [Results | chunks(Next(Cont), Next)].

fold_named() ->
    ets:new(otp_ets_chunks_named, [named_table, ordered_set]),
    ets:insert(otp_ets_chunks_named, [{x, 1}, {y, 2}]),
    ets:foldl(fun({K, V}, Acc) -> [{V, K} | Acc] end, [], otp_ets_chunks_named).
