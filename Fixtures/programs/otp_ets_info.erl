%% ets:info/1 and ets:info/2 for each table kind and option (type,
%% protection, keypos, named_table, read/write concurrency, compressed,
%% decentralized counters, heir, size), the order of the info/1 items, and
%% ets:all/0 containing the program's tables.
-module(otp_ets_info).
-export([main/0]).

main() ->
    Tables = [ets:new(t1, []),
              ets:new(t2, [ordered_set, private, {keypos, 2}]),
              ets:new(t3, [bag, public, {read_concurrency, true}, {write_concurrency, true}]),
              ets:new(t4, [duplicate_bag, compressed, {write_concurrency, auto}]),
              ets:new(t5, [ordered_set, {write_concurrency, true}, {decentralized_counters, false}]),
              ets:new(otp_ets_info_named, [named_table, {heir, none}])],
    ets:insert(hd(Tables), [{a}, {b}, {c}]),
    Items = [type, protection, keypos, named_table, read_concurrency, write_concurrency, compressed,
             decentralized_counters, heir, size, name, node, fixed],
    All = ets:all(),
    [[{I, ets:info(T, I)} || I <- Items] || T <- Tables] ++
        [[element(1, I) || I <- ets:info(hd(Tables))],
         [lists:keyfind(I, 1, ets:info(otp_ets_info_named)) || I <- [name, named_table, size, type, protection]],
         ets:info(lists:nth(2, Tables), id) =:= lists:nth(2, Tables),
         ets:info(otp_ets_info_named, id) =:= ets:whereis(otp_ets_info_named),
         lists:all(fun(T) -> lists:member(T, All) end, tl(lists:reverse(Tables))),
         lists:member(otp_ets_info_named, All)].
