%% Supervisor callback module of the otp_supervisor program.
-module(otp_supervisor_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link(?MODULE, []).

init([]) ->
    Child = fun(Id, Name) ->
                    #{id => Id,
                      start => {otp_supervisor_worker, start_link, [Name]},
                      restart => permanent, shutdown => 1000, type => worker,
                      modules => [otp_supervisor_worker]}
            end,
    {ok, {#{strategy => one_for_one, intensity => 3, period => 10},
          [Child(worker_a, otp_supervisor_worker_a), Child(worker_b, otp_supervisor_worker_b)]}}.
