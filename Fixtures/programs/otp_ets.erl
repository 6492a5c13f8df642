%% ETS tables: set, ordered_set, bag and duplicate_bag; insert, lookup,
%% member, update_counter, match, select with match specs, delete, foldl,
%% info size, and tab2list (sorted unless ordered_set).
-module(otp_ets).
-export([main/0]).

main() ->
    S = ets:new(s, [set]),
    O = ets:new(o, [ordered_set]),
    B = ets:new(b, [bag]),
    true = ets:insert(S, [{I, I * I} || I <- lists:seq(1, 20)]),
    true = ets:insert(O, [{K, v} || K <- [c, a, b, 3, 1.5, "z", {t}]]),
    true = ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    D = ets:new(d, [duplicate_bag]),
    true = ets:insert(D, [{k, 1}, {k, 1}]),
    C1 = ets:update_counter(S, 5, 100),
    C2 = ets:update_counter(S, 5, {2, -1}),
    true = ets:delete(S, 1),
    [ets:lookup(S, 4), ets:lookup(S, 1), ets:member(S, 2), C1, C2, ets:info(S, size),
     lists:sort(ets:tab2list(S)) =:= lists:sort([{I, I * I} || I <- lists:seq(2, 20), I =/= 5] ++ [{5, 124}]),
     ets:tab2list(O), ets:first(O), ets:last(O), ets:next(O, a),
     lists:sort(ets:lookup(B, k)), ets:lookup(D, k),
     lists:sort(ets:match(S, {'$1', 16})), lists:sort(ets:select(S, [{{'$1', '$2'}, [{'>', '$2', 300}], ['$1']}])),
     ets:foldl(fun({_, V}, A) -> A + V end, 0, S), ets:select_count(S, [{{'_', '$1'}, [{'<', '$1', 50}], [true]}]),
     ets:lookup_element(S, 3, 2), ets:insert_new(S, {3, x}), ets:take(S, 3), ets:lookup(S, 3)].
