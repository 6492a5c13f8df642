%% Monitors: DOWN messages with the exit reason, noproc for dead processes, monitors by
%% registered name, demonitor with flush and info.
-module(proc_monitors).
-export([main/0]).

main() ->
    {P1, M1} = spawn_monitor(fun() -> exit(reason1) end),
    R1 = receive {'DOWN', M1, process, P1, W1} -> W1 after 1000 -> timeout end,
    P2 = spawn(fun() -> ok end),
    wait(50),
    M2 = monitor(process, P2),
    R2 = receive {'DOWN', M2, process, P2, W2} -> W2 after 1000 -> timeout end,
    P3 = spawn(fun() -> receive stop -> ok end end),
    register(proc_monitors_named, P3),
    M3 = monitor(process, proc_monitors_named),
    P3 ! stop,
    R3 = receive {'DOWN', M3, process, Item, W3} -> {Item, W3} after 1000 -> timeout end,
    M4 = monitor(process, no_such_name),
    R4 = receive {'DOWN', M4, process, Item4, W4} -> {Item4, W4} after 1000 -> timeout end,
    P5 = spawn(fun() -> receive stop -> exit(late) end end),
    M5 = monitor(process, P5),
    R5 = demonitor(M5, [info]),
    P5 ! stop,
    R6 = receive {'DOWN', M5, _, _, _} -> got_down after 100 -> no_down end,
    {P7, M7} = spawn_monitor(fun() -> exit(flushed) end),
    wait(50),
    R7 = demonitor(M7, [flush, info]),
    R8 = receive {'DOWN', M7, process, P7, _} -> still_there after 50 -> flushed end,
    R9 = demonitor(make_ref()),
    {P10, M10} = spawn_monitor(fun() -> exit({badmatch, id(length([a, b]))}) end),
    R10 = receive {'DOWN', M10, process, P10, {badmatch, 2}} -> badmatch_down after 1000 -> timeout end,
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10}.

wait(Ms) -> receive after Ms -> ok end.

id(X) -> X.
