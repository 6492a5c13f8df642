%% spawn_opt options and spawn of M:F/A, priorities, yield, and max_heap_size killing.
-module(proc_spawn_opt).
-export([main/0, child/2]).

main() ->
    Self = self(),
    P1 = spawn_opt(?MODULE, child, [Self, one], [link, {priority, low}, {min_heap_size, 1000}]),
    R1 = receive {P1, one, Prio} -> Prio after 1000 -> timeout end,
    {P2, M2} = spawn_opt(fun() -> exit(monitored) end, [monitor]),
    R2 = receive {'DOWN', M2, process, P2, W2} -> W2 after 1000 -> timeout end,
    R3 = erlang:yield(),
    {P4, M4} = spawn_opt(fun() -> grow([]) end, [monitor, {max_heap_size, #{size => 10000, kill => true, error_logger => false}}]),
    R4 = receive {'DOWN', M4, process, P4, W4} -> W4 after 5000 -> timeout end,
    P5 = spawn(?MODULE, child, [Self, five]),
    R5 = receive {P5, five, Prio5} -> Prio5 after 1000 -> timeout end,
    R6 = (catch spawn_opt(fun() -> ok end, [bad_option])),
    {R1, R2, R3, R4, R5, class(R6)}.

class({'EXIT', {Reason, _}}) -> Reason;
class(Other) -> Other.

child(Parent, Tag) ->
    {priority, Prio} = process_info(self(), priority),
    Parent ! {self(), Tag, Prio}.

grow(Acc) -> grow([lists:seq(1, 100) | Acc]).
