%% A ring of 10,000 processes passes a token 100 times round; every hop counts.
-module(proc_ring).
-export([main/0]).

main() ->
    N = 10000, Laps = 100,
    First = self(),
    Next = build(N - 1, First),
    Next ! {token, 0},
    Count = lead(Next, Laps),
    {N, Laps, Count}.

build(0, Next) -> Next;
build(K, Next) -> build(K - 1, spawn(fun() -> relay(Next) end)).

relay(Next) ->
    receive
        {token, C} -> Next ! {token, C + 1}, relay(Next);
        stop -> Next ! stop
    end.

lead(Next, 1) ->
    receive {token, C} -> Next ! stop, receive stop -> ok end, C end;
lead(Next, Laps) ->
    receive {token, C} -> Next ! {token, C + 1}, lead(Next, Laps - 1) end.
