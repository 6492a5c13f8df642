%% Safe traversal: ets:safe_fixtable/2 keeps next/2 working on keys deleted
%% during a first/next walk of a set; ets:info/2 reports the fixation
%% (fixed, safe_fixed with the fixing processes); ets:foldl/3 whose fun
%% deletes what it visits; a walk that deletes from an ordered_set without
%% fixing; fixations released when the fixing process exits.
-module(otp_ets_fixtable).
-export([main/0]).

main() ->
    T = ets:new(t, [set, public]),
    true = ets:insert(T, [{N, N rem 3} || N <- lists:seq(1, 40)]),
    true = ets:safe_fixtable(T, true),
    Fixed = {ets:info(T, fixed), element(2, ets:info(T, safe_fixed)) =:= [{self(), 1}]},
    Deleted = clean(T, ets:first(T), 0),
    true = ets:safe_fixtable(T, false),
    After = {ets:info(T, fixed), ets:info(T, safe_fixed), ets:info(T, size),
             lists:sort([K || {K, _} <- ets:tab2list(T)])},
    Sum = ets:foldl(fun({K, _}, Acc) -> ets:delete(T, K), Acc + K end, 0, T),
    O = ets:new(o, [ordered_set]),
    true = ets:insert(O, [{N} || N <- lists:seq(1, 10)]),
    Walk = ordered_walk(O, ets:first(O)),
    Self = self(),
    Pid = spawn(fun() -> ets:safe_fixtable(T, true), ets:safe_fixtable(T, true), Self ! fixed, receive stop -> ok end end),
    receive fixed -> ok end,
    ByOther = ets:info(T, fixed),
    Ref = monitor(process, Pid),
    Pid ! stop,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    {Fixed, Deleted, After, Sum, ets:tab2list(T),
     Walk, ets:tab2list(O), ByOther, ets:info(T, fixed)}.

%% Deletes every object whose value is 0 while walking with first/next.
clean(_T, '$end_of_table', N) -> N;
clean(T, K, N) ->
    Deleted = case ets:lookup(T, K) of
                  [{K, 0}] -> ets:delete(T, K), 1;
                  _ -> 0
              end,
    clean(T, ets:next(T, K), N + Deleted).

ordered_walk(_O, '$end_of_table') -> [];
ordered_walk(O, K) ->
    ets:delete(O, K),
    [K | ordered_walk(O, ets:next(O, K))].
