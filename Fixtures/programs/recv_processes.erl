%% Several processes: a chain of 100 processes passing a token along, each
%% adding to it; spawn_link and monitors with exit reasons ('DOWN' messages);
%% trapping exits to receive 'EXIT' from a linked child.
-module(recv_processes).
-export([main/0]).

main() ->
    Token = chain(100),
    {Pid, Ref} = spawn_monitor(fun() -> exit({finished, 7}) end),
    Down = receive {'DOWN', Ref, process, Pid, Reason} -> Reason end,
    %% (A child dying with exit/1 is not reported by the logger; one raising
    %% an error would print an asynchronous error report.)
    {Pid2, Ref2} = spawn_monitor(fun() -> exit({crash_in_child, [1, 2]}) end),
    Down2 = receive {'DOWN', Ref2, process, Pid2, R2} -> R2 end,
    process_flag(trap_exit, true),
    Child = spawn_link(fun() -> exit(child_done) end),
    Exit = receive {'EXIT', Child, Why} -> Why end,
    Normal = spawn_link(fun() -> ok end),
    ExitN = receive {'EXIT', Normal, WhyN} -> WhyN end,
    [Token, Down, Down2, Exit, ExitN].

chain(N) ->
    Self = self(),
    First = spawn_chain(N, Self),
    First ! {token, 0},
    receive {token, V} -> V end.

spawn_chain(0, Next) -> Next;
spawn_chain(N, Next) ->
    Pid = spawn(fun() -> receive {token, V} -> Next ! {token, V + N} end end),
    spawn_chain(N - 1, Pid).
