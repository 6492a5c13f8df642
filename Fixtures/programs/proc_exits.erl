%% Links and monitors firing while many processes exit at once.
-module(proc_exits).
-export([main/0]).

main() ->
    process_flag(trap_exit, true),
    N = 2000,
    Pids = [spawn_link(fun() -> receive {go, R} -> exit(R) end end) || _ <- lists:seq(1, N)],
    Refs = [monitor(process, P) || P <- Pids],
    [P ! {go, case I rem 3 of 0 -> normal; 1 -> boom; 2 -> {shutdown, I} end}
     || {I, P} <- lists:zip(lists:seq(1, N), Pids)],
    Exits = [receive {'EXIT', P, R} -> kind(R) end || P <- Pids],
    Downs = [receive {'DOWN', M, process, _, R} -> kind(R) end || M <- Refs],
    Count = fun(K, L) -> length([X || X <- L, X =:= K]) end,
    {[Count(K, Exits) || K <- [normal, boom, shutdown]], [Count(K, Downs) || K <- [normal, boom, shutdown]]}.

kind(normal) -> normal;
kind(boom) -> boom;
kind({shutdown, _}) -> shutdown.
