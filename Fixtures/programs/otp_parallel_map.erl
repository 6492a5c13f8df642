%% A parallel map over 50 worker processes using spawn_monitor, collecting
%% results in input order by matching on each worker's pid; also prints a
%% line per batch on stdout in a deterministic order.
-module(otp_parallel_map).
-export([main/0]).

main() ->
    Results = pmap(fun(N) -> {N, fib(N rem 25)} end, lists:seq(1, 50)),
    [io:format("batch ~2w: ~w~n", [B, [V || {_, V} <- lists:sublist(Results, B * 10 + 1, 10)]]) || B <- lists:seq(0, 4)],
    {length(Results), lists:sum([V || {_, V} <- Results]), lists:last(Results)}.

pmap(F, L) ->
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! {self(), F(X)} end) || X <- L],
    [receive {Pid, R} -> R end || Pid <- Pids].

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
