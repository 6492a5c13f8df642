%% A supervisor (otp_supervisor_sup) with two gen_server workers
%% (otp_supervisor_worker): which_children/count_children, terminating and
%% restarting a child, and calls to the workers. No crashes, so no logger
%% reports are printed.
-module(otp_supervisor).
-export([main/0]).

main() ->
    {ok, Sup} = otp_supervisor_sup:start_link(),
    Ids = lists:sort([Id || {Id, _, worker, _} <- supervisor:which_children(Sup)]),
    Counts = supervisor:count_children(Sup),
    A1 = gen_server:call(otp_supervisor_worker_a, {add, 5}),
    A2 = gen_server:call(otp_supervisor_worker_a, {add, 5}),
    ok = supervisor:terminate_child(Sup, worker_b),
    Stopped = [Id || {Id, undefined, worker, _} <- supervisor:which_children(Sup)],
    {ok, _} = supervisor:restart_child(Sup, worker_b),
    B1 = gen_server:call(otp_supervisor_worker_b, {add, 1}),
    Ref = monitor(process, Sup),
    ok = gen_server:stop(Sup),
    Down = receive {'DOWN', Ref, process, Sup, R} -> R end,
    Gone = whereis(otp_supervisor_worker_a),
    [Ids, lists:sort(Counts), A1, A2, Stopped, B1, Down, Gone].
