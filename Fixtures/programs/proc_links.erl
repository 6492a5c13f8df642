%% Links and exit signals: normal exits do not kill, kill becomes killed, trapped exits
%% become messages, unlink stops propagation, linking to a dead process gives noproc.
-module(proc_links).
-export([main/0]).

main() ->
    Self = self(),
    process_flag(trap_exit, true),
    A = spawn_link(fun() -> ok end),
    R1 = receive {'EXIT', A, W1} -> W1 after 1000 -> timeout end,
    B = spawn_link(fun() -> exit(custom) end),
    R2 = receive {'EXIT', B, W2} -> W2 after 1000 -> timeout end,
    C = spawn(fun() -> receive never -> ok end end),
    link(C),
    exit(C, kill),
    R3 = receive {'EXIT', C, W3} -> W3 after 1000 -> timeout end,
    %% A non-trapping process dies when a linked process crashes...
    Victim = spawn(fun() ->
                           process_flag(trap_exit, false),
                           L = spawn_link(fun() -> receive go -> exit(boom) end end),
                           Self ! {linked, L},
                           receive never -> ok end
                   end),
    Mon = monitor(process, Victim),
    Linked = receive {linked, L1} -> L1 end,
    Linked ! go,
    R4 = receive {'DOWN', Mon, process, Victim, W4} -> W4 after 1000 -> timeout end,
    %% ...but not when the exit reason is normal.
    Survivor = spawn(fun() ->
                             L = spawn_link(fun() -> receive go -> ok end end),
                             Self ! {linked2, L},
                             receive stop -> Self ! survived end
                     end),
    receive {linked2, L2} -> L2 ! go end,
    timer_wait(50),
    Survivor ! stop,
    R5 = receive survived -> survived after 1000 -> timeout end,
    %% Unlink before the crash: no signal.
    D = spawn_link(fun() -> receive go -> exit(oops) end end),
    unlink(D),
    D ! go,
    R6 = receive {'EXIT', D, _} -> got_exit after 100 -> no_exit end,
    %% Linking to a dead process.
    Dead = spawn(fun() -> ok end),
    timer_wait(50),
    R7 = (catch link(Dead)),
    R8 = receive {'EXIT', Dead, W8} -> W8 after 100 -> none end,
    %% exit/2 with normal does not kill a non-trapping process.
    E = spawn(fun() -> receive stop -> Self ! e_alive end end),
    exit(E, normal),
    timer_wait(20),
    E ! stop,
    R9 = receive e_alive -> alive after 1000 -> dead end,
    {R1, R2, R3, R4, R5, R6, R7, R8, R9}.

timer_wait(Ms) -> receive after Ms -> ok end.
