%% Process aliases: alias/0,1, unalias/1, monitor/3 with {alias, Mode} and {tag, Tag},
%% sends to active and inactive aliases, and gen_server:call (which replies through one).
-module(proc_monitor_alias).
-export([main/0, init/1, handle_call/3, handle_cast/2]).

main() ->
    [{plain, plain()}, {reply_mode, reply_mode()}, {demonitor_mode, demonitor_mode()},
     {reply_demonitor, reply_demonitor()}, {explicit, explicit()}, {down_ends_alias, down_ends_alias()},
     {tags, tags()}, {not_alias, not_alias()}, {self_monitor, self_monitor()}, {errors, errors()},
     {gen_server, gen_server_calls()}].

%% Sends `Msg` to `To` from another process and reports what arrives.
send_from_other(To, Msg) ->
    Self = self(),
    spawn(fun() -> To ! Msg, Self ! sent end),
    receive sent -> ok end,
    receive Msg -> got after 100 -> nothing end.

plain() ->
    A = alias(),
    R1 = send_from_other(A, {msg, 1}),
    R2 = send_from_other(A, {msg, 2}),
    U1 = unalias(A),
    R3 = send_from_other(A, {msg, 3}),
    U2 = unalias(A),
    [R1, R2, U1, R3, U2].

reply_mode() ->
    A = alias([reply]),
    R1 = send_from_other(A, {msg, 1}),
    R2 = send_from_other(A, {msg, 2}),
    [R1, R2, unalias(A)].

sleeper() -> spawn(fun() -> receive stop -> ok end end).

demonitor_mode() ->
    P = sleeper(),
    M = monitor(process, P, [{alias, demonitor}]),
    R1 = send_from_other(M, {via, 1}),
    D = demonitor(M),
    R2 = send_from_other(M, {via, 2}),
    P ! stop,
    [R1, D, R2, unalias(M)].

reply_demonitor() ->
    P = sleeper(),
    M = monitor(process, P, [{alias, reply_demonitor}]),
    Before = monitored(P),
    R1 = send_from_other(M, {reply, 1}),
    After = monitored(P),
    R2 = send_from_other(M, {reply, 2}),
    P ! stop,
    Down = receive {'DOWN', M, _, _, _} -> down after 100 -> no_down end,
    [Before, R1, After, R2, Down, unalias(M)].

monitored(P) ->
    {monitors, Ms} = process_info(self(), monitors),
    lists:member({process, P}, Ms).

explicit() ->
    P = sleeper(),
    M = monitor(process, P, [{alias, explicit_unalias}]),
    P ! stop,
    Down = receive {'DOWN', M, process, P, Reason} -> Reason end,
    R1 = send_from_other(M, {after_down, 1}),
    [Down, R1, unalias(M), send_from_other(M, {after_unalias, 2})].

down_ends_alias() ->
    P = sleeper(),
    M = monitor(process, P, [{alias, demonitor}]),
    P ! stop,
    Down = receive {'DOWN', M, process, P, Reason} -> Reason end,
    [Down, send_from_other(M, {after_down, 1}), unalias(M)].

tags() ->
    try
        P = sleeper(),
        M = monitor(process, P, [{tag, {my, tag}}]),
        P ! stop,
        Tagged = receive {{my, tag}, M, process, P, Reason} -> {tagged, Reason} after 1000 -> none end,
        Dead = spawn(fun() -> ok end),
        wait_dead(Dead),
        M2 = monitor(process, Dead, [{tag, dead}, {alias, demonitor}]),
        Noproc = receive {dead, M2, process, Dead, R2} -> R2 after 1000 -> none end,
        [Tagged, Noproc, send_from_other(M2, x)]
    catch error:badarg -> no_tags
    end.

wait_dead(P) ->
    case is_process_alive(P) of true -> timer_sleep(5), wait_dead(P); false -> ok end.

timer_sleep(Ms) -> receive after Ms -> ok end.

not_alias() ->
    R = make_ref(),
    Sent = (R ! hello),
    [Sent, send_from_other(R, {not_alias, 1})].

self_monitor() ->
    M = monitor(process, self(), [{alias, demonitor}]),
    M ! to_myself,
    Got = receive to_myself -> got after 100 -> nothing end,
    [Got, demonitor(M), send_from_other(M, again)].

errors() ->
    [catch_error(fun() -> monitor(process, self(), [{alias, bogus}]) end),
     catch_error(fun() -> monitor(process, self(), [bogus]) end),
     catch_error(fun() -> monitor(process, self(), bogus) end),
     catch_error(fun() -> alias([bogus]) end),
     catch_error(fun() -> unalias(not_a_ref) end)].

catch_error(F) ->
    try F() catch error:Reason -> {error, Reason} end.

%% gen_server: calls with a timeout reply through an alias, calls without one do not.
init(State) -> {ok, State}.
handle_call(get, _From, State) -> {reply, State, State};
handle_call({set, V}, _From, _State) -> {reply, ok, V};
handle_call(slow, From, State) ->
    spawn(fun() -> timer_sleep(50), gen_server:reply(From, late) end),
    {noreply, State}.
handle_cast(stop, State) -> {stop, normal, State}.

gen_server_calls() ->
    {ok, S} = gen_server:start(?MODULE, initial, []),
    R1 = gen_server:call(S, get),
    R2 = gen_server:call(S, {set, changed}, 1000),
    R3 = gen_server:call(S, get, infinity),
    R4 = gen_server:call(S, slow, 5000),
    R5 = try gen_server:call(S, slow, 10) catch exit:{timeout, _} -> timeout end,
    timer_sleep(100),
    Stray = receive Any -> {stray, Any} after 0 -> no_stray end,
    Ref = monitor(process, S),
    gen_server:cast(S, stop),
    receive {'DOWN', Ref, process, S, normal} -> ok end,
    [R1, R2, R3, R4, R5, Stray].
