%% ETS errors as ERTS reports them: badarg with an error_info map whose
%% cause tells a bad table argument (type), a table that does not exist
%% (id), insufficient access rights (access), an unsupported table type
%% (table_type), a missing key (badkey), a name in use (already_exists);
%% bad options to ets:new/2, bad objects, bad positions, deleted tables,
%% ets:info/1,2 on missing tables, and the frame of the failing BIF.
-module(otp_ets_errors).
-export([main/0]).

main() ->
    T = ets:new(t, [set]),
    true = ets:insert(T, [{a, 1}, {b, 2, 3}]),
    B = ets:new(b, [bag]),
    _ = ets:new(otp_ets_errors_named, [named_table]),
    Priv = ets:new(priv, [private]),
    Prot = ets:new(prot, [protected]),
    Dead = ets:new(dead, []),
    true = ets:delete(Dead),
    Local = [err(fun() -> ets:lookup(123, a) end),
             err(fun() -> ets:lookup(make_ref(), a) end),
             err(fun() -> ets:lookup(no_such_table, a) end),
             err(fun() -> ets:lookup(Dead, a) end),
             err(fun() -> ets:insert(Dead, {a}) end),
             err(fun() -> ets:insert(T, foo) end),
             err(fun() -> ets:insert(T, {}) end),
             err(fun() -> ets:insert(T, [{a}, bad]) end),
             err(fun() -> ets:insert(T, [{a} | improper]) end),
             err(fun() -> ets:insert_new(T, 42) end),
             err(fun() -> ets:new(otp_ets_errors_named, [named_table]) end),
             err(fun() -> ets:new("name", []) end),
             err(fun() -> ets:new(x, [bogus]) end),
             err(fun() -> ets:new(x, [{keypos, 0}]) end),
             err(fun() -> ets:new(x, not_a_list) end),
             err(fun() -> ets:new(x, [{heir, not_a_pid, data}]) end),
             err(fun() -> ets:lookup_element(T, zz, 2) end),
             err(fun() -> ets:lookup_element(T, a, 3) end),
             err(fun() -> ets:lookup_element(T, a, 0) end),
             err(fun() -> ets:update_counter(B, a, 1) end),
             err(fun() -> ets:next(T, not_a_key) end),
             err(fun() -> ets:delete_object(T, not_a_tuple) end),
             err(fun() -> ets:select(T, [{bad}]) end),
             err(fun() -> ets:select(T, [{'_', [], ['$_']}], 0) end),
             err(fun() -> ets:select(not_a_continuation) end),
             err(fun() -> ets:match_spec_compile([{'_', [], ['$9']}]) end),
             err(fun() -> ets:info(T, bogus) end),
             err(fun() -> ets:info(123) end),
             err(fun() -> ets:rename(T, otp_ets_errors_named) end),
             err(fun() -> ets:whereis("x") end),
             err(fun() -> ets:give_away(T, self(), gift) end),
             err(fun() -> ets:give_away(T, not_a_pid, gift) end),
             err(fun() -> ets:slot(T, -1) end),
             err(fun() -> ets:safe_fixtable(T, perhaps) end),
             err(fun() -> ets:tab2list(no_such_table) end),
             err(fun() -> ets:foldl(fun(_, A) -> A end, 0, no_such_table) end),
             err(fun() -> ets:foldr(fun(_, A) -> A end, 0, no_such_table) end),
             err(fun() -> ets:delete_all_objects(no_such_table) end),
             err(fun() -> ets:select_delete(no_such_table, [{'_', [], [true]}]) end),
             err(fun() -> ets:select_count(no_such_table, [{'_', [], [true]}]) end)],
    Info = [ets:info(no_such_table), ets:info(Dead), ets:info(no_such_table, size), ets:info(Dead, size),
            ets:whereis(no_such_table)],
    Remote = [other(fun() -> ets:insert(Prot, {x}) end),
              other(fun() -> ets:lookup(Prot, a) end),
              other(fun() -> ets:lookup(Priv, a) end),
              other(fun() -> ets:insert(Priv, {x}) end),
              other(fun() -> ets:delete(Prot) end),
              other(fun() -> ets:info(Priv, size) end),
              other(fun() -> ets:give_away(Prot, self(), gift) end),
              other(fun() -> ets:setopts(Prot, {heir, none}) end),
              other(fun() -> ets:safe_fixtable(Priv, true) end)],
    {Local, Info, Remote}.

other(F) ->
    Self = self(),
    spawn(fun() -> Self ! {result, err(F)} end),
    receive {result, R} -> R end.

err(F) ->
    try F() of
        V when is_reference(V) -> {ok, ref};
        V -> {ok, V}
    catch
        error:Reason:Stack ->
            [{M, Function, Args, Info} | _] = Stack,
            ErrorInfo = proplists:get_value(error_info, Info, none),
            {Reason, M, Function, length(Args), ErrorInfo}
    end.
