%% Several processes (on several scheduler threads) share public tables:
%% concurrent inserts of distinct keys into a set and a bag, concurrent
%% update_counter on shared counters, concurrent insert_new races for the
%% same keys (exactly one winner each), readers scanning with select while
%% writers insert, and deletes racing with lookups.
-module(otp_ets_concurrent).
-export([main/0]).

-define(WORKERS, 8).
-define(PER_WORKER, 250).

main() ->
    Set = ets:new(set, [public, {write_concurrency, true}]),
    Bag = ets:new(bag, [public, bag, {read_concurrency, true}]),
    Ord = ets:new(ord, [public, ordered_set, {write_concurrency, auto}]),
    Counters = ets:new(counters, [public]),
    ets:insert(Counters, [{total, 0}, {even, 0}]),
    Claims = ets:new(claims, [public]),
    run(fun(W) ->
                [begin
                     K = W * ?PER_WORKER + I,
                     ets:insert(Set, {K, W}),
                     ets:insert(Bag, {W rem 3, K}),
                     ets:insert(Ord, {K}),
                     ets:update_counter(Counters, total, 1),
                     ets:update_counter(Counters, even, {2, 1 - (K rem 2)}),
                     ets:insert_new(Claims, {I rem 50, W})
                 end || I <- lists:seq(1, ?PER_WORKER)],
                ok
        end),
    Scans = run(fun(_) -> ets:select_count(Set, [{{'_', '_'}, [], [true]}]) end),
    N = ?WORKERS * ?PER_WORKER,
    run(fun(W) ->
                [ets:delete(Set, W * ?PER_WORKER + I) || I <- lists:seq(1, ?PER_WORKER), I rem 2 =:= 0],
                ok
        end),
    {ets:info(Set, size) =:= N div 2,
     ets:info(Bag, size) =:= N,
     ets:info(Ord, size),
     ets:first(Ord), ets:last(Ord),
     ets:lookup(Counters, total), ets:lookup(Counters, even),
     ets:info(Claims, size),
     lists:usort(Scans) =:= [N],
     lists:sum([length(ets:lookup(Bag, R)) || R <- [0, 1, 2]]),
     ets:select_count(Ord, [{{'$1'}, [{'>', '$1', N}], [true]}])}.

%% Runs F(W) in ?WORKERS processes and collects the results in worker order.
run(F) ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), F(W)} end) || W <- lists:seq(0, ?WORKERS - 1)],
    [receive {Pid, R} -> R end || Pid <- Pids].
