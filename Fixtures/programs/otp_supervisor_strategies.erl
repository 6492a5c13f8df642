%% supervisor strategies and child management: one_for_all and rest_for_one restarts
%% (seen through the order in which children start), restart types (permanent,
%% transient, temporary), restart intensity giving up, dynamic children
%% (start_child, terminate_child, restart_child, delete_child), simple_one_for_one,
%% which_children and count_children. Reports go to a capture handler (the default
%% handler would print them asynchronously) and are shown without pids.
-module(otp_supervisor_strategies).
-behaviour(supervisor).
-export([main/0, log/2, init/1, start_child/2, child/2]).

main() ->
    ok = logger:remove_handler(default),
    ok = logger:add_handler(capture, ?MODULE, #{config => #{collector => self()}}),
    register(collector, self()),
    process_flag(trap_exit, true),
    [one_for_all(), rest_for_one(), restart_types(), dynamic(), simple(), intensity()].

one_for_all() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {one_for_all, [a, b, c]}),
    started([a, b, c]),
    crash(b),
    Restarted = started(3),
    Reports = reports(1),
    stop(Sup),
    {one_for_all, Restarted, Reports}.

rest_for_one() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {rest_for_one, [a, b, c]}),
    started([a, b, c]),
    crash(b),
    Restarted = started(2),
    Reports = reports(1),
    stop(Sup),
    {rest_for_one, Restarted, Reports}.

restart_types() ->
    Specs = [spec(p, permanent), spec(t, transient), spec(tmp, temporary)],
    {ok, Sup} = supervisor:start_link(?MODULE, {one_for_one, Specs}),
    started([p, t, tmp]),
    stop_child(t, normal),
    stop_child(tmp, oops),
    crash(p),
    Restarted = started(1),
    Reports = lists:sort(reports(2)),
    Ids = [Id || {Id, _, _, _} <- supervisor:which_children(Sup)],
    stop(Sup),
    {restart_types, Restarted, Reports, Ids}.

dynamic() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {one_for_one, []}),
    {ok, _} = supervisor:start_child(Sup, spec(d1, permanent)),
    {ok, _} = supervisor:start_child(Sup, spec(d2, permanent)),
    started([d1, d2]),
    Dup = supervisor:start_child(Sup, spec(d1, permanent)),
    Counts = supervisor:count_children(Sup),
    T = supervisor:terminate_child(Sup, d1),
    Which1 = [{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)],
    {ok, _} = supervisor:restart_child(Sup, d1),
    started([d1]),
    D1 = supervisor:delete_child(Sup, d1),
    ok = supervisor:terminate_child(Sup, d1),
    D2 = supervisor:delete_child(Sup, d1),
    Missing = supervisor:restart_child(Sup, nope),
    Which2 = [Id || {Id, _, _, _} <- supervisor:which_children(Sup)],
    stop(Sup),
    {dynamic, element(1, Dup), Counts, T, Which1, D1, D2, Missing, Which2}.

simple() ->
    {ok, Sup} = supervisor:start_link(?MODULE, simple),
    {ok, _} = supervisor:start_child(Sup, [s1]),
    {ok, _} = supervisor:start_child(Sup, [s2]),
    started([s1, s2]),
    Counts = supervisor:count_children(Sup),
    crash(s1),
    started([s1]),
    [{undefined, _, worker, [?MODULE]}, {undefined, _, worker, [?MODULE]}] = supervisor:which_children(Sup),
    stop(Sup),
    {simple, Counts, reports(1)}.

intensity() ->
    {ok, Sup} = supervisor:start_link(?MODULE, {one_for_one, [spec(x, permanent)]}),
    started([x]),
    crash(x),
    started([x]),
    crash(x),
    started([x]),
    crash(x),
    Exit = receive {'EXIT', Sup, Reason} -> Reason after 5000 -> none end,
    {intensity, Exit, reports(4)}.

%% Supervisor callbacks: at most 2 restarts in 60 seconds.
init({Strategy, Children}) ->
    Specs = [case C of #{} -> C; Id -> spec(Id, permanent) end || C <- Children],
    {ok, {#{strategy => Strategy, intensity => 2, period => 60}, Specs}};
init(simple) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 2, period => 60},
          [#{id => ignored, start => {?MODULE, start_child, [simple]}}]}}.

spec(Id, Restart) ->
    #{id => Id, start => {?MODULE, start_child, [Id, Restart]}, restart => Restart, shutdown => 1000}.

start_child(simple, Id) -> start_child(Id, permanent);
start_child(Id, _Restart) -> {ok, spawn_link(?MODULE, child, [Id, self()])}.

%% A child registers under its id and tells the collector it started.
child(Id, _Sup) ->
    register(Id, self()),
    collector ! {started, Id},
    receive
        crash -> exit(crashed);
        Reason -> exit(Reason)
    end.

crash(Id) -> stop_child(Id, crash).

%% Stops a child and waits until it is gone, so that its name is free again.
stop_child(Id, Message) ->
    Pid = whereis(Id),
    Ref = monitor(process, Pid),
    Pid ! Message,
    receive {'DOWN', Ref, process, Pid, _} -> ok end.

stop(Sup) ->
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, _} -> ok end.

%% Children that started, in order (by count, or checking the expected ids).
started(Ids) when is_list(Ids) -> Ids = started(length(Ids));
started(0) -> [];
started(N) ->
    receive {started, Id} -> [Id | started(N - 1)] after 5000 -> [missing] end.

%% The next N reports, without pids.
reports(0) -> [];
reports(N) ->
    receive
        {logged, #{msg := {report, #{label := {supervisor, Kind}, report := R}}}} ->
            Offender = proplists:get_value(offender, R),
            [{Kind, proplists:get_value(errorContext, R), proplists:get_value(reason, R),
              proplists:get_value(id, Offender)} | reports(N - 1)];
        {logged, _Other} ->
            reports(N)
    after 5000 -> [missing]
    end.

log(Event, #{config := #{collector := Pid}}) -> Pid ! {logged, Event}.
