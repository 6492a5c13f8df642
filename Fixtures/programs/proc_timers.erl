%% Timers: send_after, start_timer, cancel_timer, read_timer, receive after.
-module(proc_timers).
-export([main/0]).

main() ->
    T1 = erlang:send_after(30, self(), first),
    R1 = is_reference(T1),
    R2 = receive first -> got_first after 1000 -> timeout end,
    T2 = erlang:start_timer(20, self(), payload),
    R3 = receive {timeout, T2, payload} -> got_timeout_msg after 1000 -> timeout end,
    T3 = erlang:send_after(5000, self(), never),
    Left = erlang:read_timer(T3),
    R4 = is_integer(Left) andalso Left > 4000 andalso Left =< 5000,
    Cancelled = erlang:cancel_timer(T3),
    R5 = is_integer(Cancelled) andalso Cancelled > 4000,
    R6 = erlang:cancel_timer(T3),
    R7 = erlang:read_timer(T3),
    R8 = receive never -> wrong after 50 -> not_delivered end,
    R9 = receive after 0 -> zero end,
    Self = self(),
    register(proc_timers_me, Self),
    erlang:send_after(10, proc_timers_me, by_name),
    R10 = receive by_name -> by_name after 1000 -> timeout end,
    Start = erlang:monotonic_time(millisecond),
    receive after 100 -> ok end,
    Elapsed = erlang:monotonic_time(millisecond) - Start,
    R11 = Elapsed >= 100 andalso Elapsed < 1000,
    %% Order of timers firing follows their deadlines.
    erlang:send_after(60, self(), c),
    erlang:send_after(20, self(), a),
    erlang:send_after(40, self(), b),
    R12 = [receive X -> X end || _ <- [1, 2, 3]],
    R13 = (catch erlang:send_after(-1, self(), x)),
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, class(R13)}.

class({'EXIT', {Reason, _}}) -> Reason;
class(Other) -> Other.
