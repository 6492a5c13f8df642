%% Reduction counting: processes that spin forever do not starve a ping-pong pair.
-module(proc_fairness).
-export([main/0]).

main() ->
    Spinners = [spawn(fun spin/0) || _ <- lists:seq(1, 4)],
    Pong = spawn(fun pong/0),
    N = ping(Pong, 2000),
    [exit(S, kill) || S <- Spinners],
    N.

spin() -> spin().

ping(_, 0) -> done;
ping(Pong, N) -> Pong ! {self(), N}, receive {pong, N} -> ping(Pong, N - 1) end.

pong() -> receive {From, N} -> From ! {pong, N}, pong() end.
