%% The timer module and time BIFs used in deterministic ways: timer:sleep,
%% timer:tc (only the result is kept), apply_after delivering a message,
%% send_interval cancelled after three ticks, and monotonic time ordering.
-module(otp_timer).
-export([main/0]).

main() ->
    T0 = erlang:monotonic_time(),
    ok = timer:sleep(5),
    {_Micros, Value} = timer:tc(fun() -> lists:sum(lists:seq(1, 1000)) end),
    Self = self(),
    {ok, _} = timer:apply_after(5, erlang, send, [Self, applied]),
    Applied = receive applied -> got_applied after 5000 -> missing end,
    {ok, TRef} = timer:send_interval(5, tick),
    Ticks = [receive tick -> N after 5000 -> missing end || N <- [1, 2, 3]],
    {ok, cancel} = timer:cancel(TRef),
    T1 = erlang:monotonic_time(),
    [Value, Applied, Ticks, T1 > T0, timer:seconds(3), timer:minutes(2), timer:hms(1, 2, 3)].
