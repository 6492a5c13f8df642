%% erlang:hibernate/3 throws away the stack and resumes in the given function when a
%% message arrives.
-module(proc_hibernate).
-export([main/0, wake/1]).

main() ->
    Self = self(),
    P = spawn(fun() -> Self ! ready, erlang:hibernate(?MODULE, wake, [Self]) end),
    receive ready -> ok end,
    receive after 20 -> ok end,
    Status = process_info(P, status),
    P ! wake_up,
    R = receive {woke, Msg, Depth} -> {Msg, Depth} after 1000 -> timeout end,
    {Status, R}.

wake(Parent) ->
    receive Msg -> Parent ! {woke, Msg, length(element(2, process_info(self(), messages)))} end.
