%% Table ownership across processes: a table disappears when its owner
%% exits; the heir inherits it with an {'ETS-TRANSFER', Tab, From, Data}
%% message; ets:give_away/3 hands it over with the same message; public
%% tables are written by other processes, protected ones only read; named
%% tables reach other processes by name; ets:setopts/2 sets the heir; an
%% heir given without data ({heir, Pid}, OTP 27 and later) inherits silently.
-module(otp_ets_owner).
-export([main/0]).

main() ->
    [owner_exit(), heir(), give_away(), access(), setopts_heir(), silent_heir()].

owner_exit() ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() ->
                                       T = ets:new(mine, [public]),
                                       ets:insert(T, {k, v}),
                                       Self ! {table, T},
                                       receive stop -> ok end
                                   end),
    T = receive {table, Tab} -> Tab end,
    Before = {ets:lookup(T, k), ets:info(T, owner) =:= Pid},
    Pid ! stop,
    receive {'DOWN', Ref, process, Pid, normal} -> ok end,
    {Before, ets:info(T), catch_badarg(fun() -> ets:lookup(T, k) end)}.

heir() ->
    Self = self(),
    Owner = spawn(fun() ->
                          T = ets:new(inherited, [{heir, Self, my_data}]),
                          ets:insert(T, [{1, one}, {2, two}]),
                          Self ! {table, T},
                          receive stop -> ok end
                  end),
    T = receive {table, Tab} -> Tab end,
    Owner ! stop,
    Msg = receive {'ETS-TRANSFER', T, Owner, Data} -> {transfer, Data} after 2000 -> timeout end,
    HeirNow = case ets:info(T, heir) of none -> none; P when P =:= self() -> self; _ -> other end,
    {Msg, ets:info(T, owner) =:= self(), HeirNow, lists:sort(ets:tab2list(T)), ets:insert(T, {3, three})}.

give_away() ->
    Self = self(),
    T = ets:new(gift, [ordered_set]),
    ets:insert(T, {a, 1}),
    Receiver = spawn(fun() ->
                             receive {'ETS-TRANSFER', Tab, From, Gift} ->
                                     Self ! {got, From =:= Self, Gift, ets:lookup(Tab, a),
                                             ets:info(Tab, owner) =:= self()},
                                     receive stop -> ok end
                             end
                     end),
    true = ets:give_away(T, Receiver, present),
    Got = receive {got, _, _, _, _} = G -> G after 2000 -> timeout end,
    Mine = catch_badarg(fun() -> ets:insert(T, {b, 2}) end),
    Ref = monitor(process, Receiver),
    Receiver ! stop,
    receive {'DOWN', Ref, process, Receiver, _} -> ok end,
    {Got, Mine, ets:info(T)}.

access() ->
    Pub = ets:new(pub, [public]),
    Prot = ets:new(prot, [protected]),
    ets:new(otp_ets_owner_named, [named_table, public]),
    Self = self(),
    Workers = [spawn(fun() ->
                             ets:insert(Pub, {N, N * N}),
                             ets:insert(otp_ets_owner_named, {N}),
                             R = {ets:lookup(Prot, x), catch_badarg(fun() -> ets:insert(Prot, {N}) end)},
                             Self ! {done, self(), R}
                     end) || N <- lists:seq(1, 5)],
    Results = [receive {done, W, R} -> R end || W <- Workers],
    {lists:sort(ets:tab2list(Pub)), lists:sort(ets:tab2list(otp_ets_owner_named)), lists:usort(Results)}.

setopts_heir() ->
    Self = self(),
    Owner = spawn(fun() ->
                          T = ets:new(later, []),
                          true = ets:setopts(T, {heir, Self, later_data}),
                          Self ! {table, T, ets:info(T, heir) =:= Self},
                          receive stop -> ok end
                  end),
    {T, HeirSet} = receive {table, Tab, H} -> {Tab, H} end,
    Owner ! stop,
    Msg = receive {'ETS-TRANSFER', T, Owner, Data} -> Data after 2000 -> timeout end,
    {HeirSet, Msg, ets:info(T, owner) =:= self()}.

silent_heir() ->
    Self = self(),
    {Owner, Ref} = spawn_monitor(fun() ->
                                         Self ! {table, catch_badarg(fun() -> ets:new(silent, [{heir, Self}]) end)},
                                         receive stop -> ok end
                                 end),
    T = receive {table, Tab} -> Tab end,
    Owner ! stop,
    receive {'DOWN', Ref, process, Owner, _} -> ok end,
    case T of
        badarg -> badarg;
        _ -> {ets:info(T, owner) =:= self(), receive {'ETS-TRANSFER', _, _, _} -> message after 0 -> no_message end}
    end.

catch_badarg(F) ->
    try F() catch error:badarg -> badarg end.
