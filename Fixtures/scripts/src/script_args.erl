%% An escript entry: prints its arguments and its script name, reads an environment
%% variable, and exits with the status given as its first argument (0 without one).
-module(script_args).
-export([main/1]).

main(Args) ->
    io:format("args ~p~n", [Args]),
    io:format("name ~s~n", [escript:script_name()]),
    io:format("env ~s~n", [case os:getenv("BEAMR_FIXTURE_ENV") of false -> "unset"; Value -> Value end]),
    case Args of
        [Status | _] -> halt(list_to_integer(Status));
        [] -> ok
    end.
