-module(os_environment).
-export([main/0]).

%% os:getenv/putenv/unsetenv/env on variables this program owns, and the badarg cases.
main() ->
    Name = "BEAMR_OS_ENVIRONMENT_TEST",
    Unset = os:getenv(Name),
    Default = os:getenv(Name, "fallback"),
    Put = os:putenv(Name, "first value"),
    Got = os:getenv(Name),
    Listed = lists:member({Name, "first value"}, os:env()),
    Replaced = {os:putenv(Name, ""), os:getenv(Name)},
    Unicode = {os:putenv(Name, [955, $x]), os:getenv(Name)},
    Removed = {os:unsetenv(Name), os:getenv(Name), lists:keymember(Name, 1, os:env())},
    Errors = [catch os:getenv(atom), catch os:putenv("A=B", "c"), catch os:putenv(Name, value),
              catch os:unsetenv(42), catch os:putenv("", "x")],
    {Unset, Default, Put, Got, Listed, Replaced, Unicode, Removed, [case E of {'EXIT', {Reason, _}} -> Reason; Other -> Other end || E <- Errors]}.
