%% timer's server functions (timer_server, started on demand under kernel_sup):
%% send_after/2,3, apply_after, send_interval, apply_interval, cancel, exit_after,
%% kill_after, bad arguments; timer:tc/2,3 and the conversion helpers.
-module(otp_timer_server).
-export([main/0, hello/2]).
hello(Pid, X) -> Pid ! {hello, X}.
main() ->
    Self = self(),
    {ok, T1} = timer:send_after(10, {msg, 1}),
    {ok, _} = timer:send_after(5, Self, {msg, 0}),
    %% Sorted: which of the two arrives first depends on how busy the machine is.
    R1 = lists:sort([receive {msg, N} -> N after 1000 -> none end || _ <- [1, 2]]),
    {ok, T2} = timer:apply_after(10, ?MODULE, hello, [Self, a]),
    R2 = receive {hello, X} -> X after 1000 -> none end,
    {ok, T3} = timer:send_interval(5, tick),
    R3 = [receive tick -> t after 1000 -> none end || _ <- [1, 2, 3]],
    C3 = timer:cancel(T3),
    {ok, T4} = timer:apply_interval(5, ?MODULE, hello, [Self, b]),
    R4 = [receive {hello, Y} -> Y after 1000 -> none end || _ <- [1, 2]],
    C4 = timer:cancel(T4),
    timer:sleep(20), flush(),
    {ok, T5} = timer:send_after(1000, never),
    C5 = timer:cancel(T5),
    C6 = timer:cancel(T1),
    C7 = timer:cancel(bad),
    {Us, V} = timer:tc(lists, seq, [1, 3]),
    {Us2, V2} = timer:tc(fun(A) -> A * 2 end, [21]),
    P = spawn(fun() -> receive after infinity -> ok end end),
    Ref = monitor(process, P),
    {ok, _} = timer:exit_after(10, P, because),
    R8 = receive {'DOWN', Ref, _, _, Why} -> Why after 1000 -> none end,
    P2 = spawn(fun() -> receive after infinity -> ok end end),
    Ref2 = monitor(process, P2),
    {ok, _} = timer:kill_after(10, P2),
    R9 = receive {'DOWN', Ref2, _, _, Why2} -> Why2 after 1000 -> none end,
    E1 = timer:send_after(-1, x),
    E2 = timer:apply_after(a, m, f, []),
    {R1, R2, R3, C3, R4, C4, C5, C6, C7, is_integer(Us), V, is_integer(Us2), V2, R8, R9, E1, E2,
     timer:hms(1,1,1), timer:hours(2), timer:seconds(1.5), element(1, T2), flush()}.
flush() -> receive X -> [X | flush()] after 0 -> [] end.
