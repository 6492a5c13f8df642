%% os: the environment (getenv/0,1,2, putenv, unsetenv, env), type, version, getpid,
%% timestamp, system_time, perf_counter; only variables the program sets are looked at.
-module(otp_os_env).
-export([main/0]).

main() ->
    Name = "BEAMR_OTP_OS_ENV_" ++ integer_to_list(erlang:unique_integer([positive])),
    Unset = os:getenv(Name),
    Default = os:getenv(Name, "fallback"),
    Put = os:putenv(Name, "value one"),
    Get = os:getenv(Name),
    GetDefault = os:getenv(Name, "fallback"),
    Listed = lists:member(Name ++ "=value one", os:getenv()),
    Pair = element(2, lists:keyfind(Name, 1, os:env())),
    Equals = [os:putenv(Name, "a=b"), os:getenv(Name)],
    Empty = [os:putenv(Name, ""), os:getenv(Name), os:getenv(Name, "default")],
    Unicode = [os:putenv(Name, [955, $x, 8364]), os:getenv(Name)],
    Deep = [os:putenv([Name, "_DEEP"], ["de", [$e], "p"]), os:getenv(Name ++ "_DEEP")],
    Removed = [os:unsetenv(Name), os:getenv(Name), os:unsetenv(Name ++ "_DEEP"), os:unsetenv(Name ++ "_NEVER")],
    Errors = [catch_error(fun() -> os:putenv("A=B", "c") end),
              catch_error(fun() -> os:putenv(<<"BIN">>, "c") end),
              catch_error(fun() -> os:putenv("NUL", [0]) end),
              catch_error(fun() -> os:getenv(atom) end),
              catch_error(fun() -> os:unsetenv(42) end)],
    Path = case os:getenv("PATH") of false -> false; P -> is_list(P) end,
    {Family, OsName} = os:type(),
    Version = os:version(),
    Pid = os:getpid(),
    {Mega, Sec, Micro} = os:timestamp(),
    T1 = os:system_time(),
    T2 = os:system_time(millisecond),
    T3 = os:system_time(second),
    Perf1 = os:perf_counter(),
    Perf2 = os:perf_counter(nanosecond),
    [{unset, Unset, Default}, {set, Put, Get, GetDefault, Listed, Pair}, {equals, Equals}, {empty, Empty},
     {unicode, Unicode}, {deep, Deep}, {removed, Removed}, {errors, Errors}, {path, Path},
     {type, Family, OsName},
     {version, tuple_size(Version), lists:all(fun is_integer/1, tuple_to_list(Version))},
     {getpid, is_list(Pid), list_to_integer(Pid) > 0},
     {timestamp, is_integer(Mega), Sec < 1000000, Micro < 1000000, Mega * 1000000 + Sec - T3 < 2},
     {system_time, T1 div 1000000 - T2 < 2000, T2 div 1000 - T3 < 2},
     {perf_counter, is_integer(Perf1), Perf2 >= 0}].

catch_error(F) ->
    try F() catch error:Reason -> {error, Reason} end.
