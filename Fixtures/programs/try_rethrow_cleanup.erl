%% Resource-style cleanup: a "resource" (a process dictionary entry) is
%% acquired, used, and released in after; failures are rethrown with
%% erlang:raise/3 keeping the class; catch-all with _:_.
-module(try_rethrow_cleanup).
-export([main/0]).

%% Old-style catch is deprecated in recent releases but still supported.
-compile(nowarn_deprecated_catch).

main() ->
    R1 = (catch with_resource(r1, fun(R) -> {used, R} end)),
    Open1 = get_open(),
    R2 = (catch with_resource(r2, fun(_) -> throw(failed) end)),
    Open2 = get_open(),
    R3 = try with_resource(r3, fun(_) -> erlang:error(crashed) end) catch error:E -> {error, E} end,
    Open3 = get_open(),
    R4 = try with_resource(r4, fun(_) -> exit(stopped) end) catch _:_ -> catch_all end,
    [R1, Open1, R2, Open2, R3, Open3, R4, get_open(), lists:reverse(get(released))].

with_resource(Name, F) ->
    acquire(Name),
    try
        F(Name)
    catch
        Class:Reason:Stack ->
            put(failures, [{Name, Class} | get_list(failures)]),
            erlang:raise(Class, Reason, Stack)
    after
        release(Name)
    end.

acquire(Name) -> put(open, [Name | get_list(open)]).
release(Name) ->
    put(open, get_list(open) -- [Name]),
    put(released, [Name | get_list(released)]).

get_open() -> get_list(open).

get_list(K) ->
    case get(K) of
        undefined -> [];
        L -> L
    end.
