%% A million messages pass from a producer to a consumer in rounds of 10,000, each round
%% acknowledged before the next: memory stays flat once messages are consumed.
-module(proc_message_flood).
-export([main/0]).

main() ->
    Self = self(),
    Consumer = spawn(fun() -> consume(Self, 0, 0) end),
    produce(Consumer, 100),
    Consumer ! {done, Self},
    receive {total, Count, Sum} -> {Count, Sum} end.

produce(_, 0) -> ok;
produce(Consumer, Rounds) ->
    [Consumer ! {item, I, <<I:64, Rounds:64>>} || I <- lists:seq(1, 10000)],
    Consumer ! {round, self()},
    receive round_done -> ok end,
    produce(Consumer, Rounds - 1).

consume(Parent, Count, Sum) ->
    receive
        {item, I, <<_:64, R:64>>} -> consume(Parent, Count + 1, (Sum + I + R) rem 1000000007);
        {round, From} -> From ! round_done, consume(Parent, Count, Sum);
        {done, From} -> From ! {total, Count, Sum}
    end.
