%% receive with after: a timeout of 0 on an empty mailbox, a short timeout
%% that expires, a message arriving before the timeout, and erlang timers
%% (send_after, cancel_timer) with deterministic outcomes.
-module(recv_timeout).
-export([main/0]).

main() ->
    T0 = receive _ -> got after 0 -> timeout0 end,
    T1 = receive _ -> got after 20 -> timeout20 end,
    self() ! early,
    T2 = receive early -> got_early after 1000 -> too_late end,
    _ = erlang:send_after(10, self(), tick),
    T3 = receive tick -> tick_received after 5000 -> no_tick end,
    Ref = erlang:send_after(60000, self(), never),
    Left = erlang:cancel_timer(Ref),
    T4 = receive never -> delivered after 30 -> cancelled end,
    _ = erlang:start_timer(5, self(), payload),
    T5 = receive {timeout, _TRef, Msg} -> {timeout_msg, Msg} after 5000 -> none end,
    [T0, T1, T2, T3, is_integer(Left), T4, T5].
