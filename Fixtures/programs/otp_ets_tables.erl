%% ETS table kinds and their basic operations: set, ordered_set, bag and
%% duplicate_bag; insert (single and lists), insert_new, lookup, member,
%% lookup_element, take, delete, delete_object, delete_all_objects, keypos,
%% named tables, ordered_set keys that compare equal (1 and 1.0) and
%% first/next/last/prev walks of an ordered set. Results of unordered tables
%% are sorted.
-module(otp_ets_tables).
-export([main/0]).

main() ->
    [set(), ordered(), bag(), dbag(), keypos(), named()].

set() ->
    T = ets:new(s, [set]),
    true = ets:insert(T, {a, 1}),
    true = ets:insert(T, [{b, 2}, {c, 3}, {a, 10}]),
    R1 = ets:insert_new(T, {a, 0}),
    R2 = ets:insert_new(T, [{d, 4}, {a, 0}]),
    R3 = ets:insert_new(T, [{d, 4}, {e, 5}]),
    Lookups = [ets:lookup(T, K) || K <- [a, b, zz]],
    Members = [ets:member(T, K) || K <- [a, zz]],
    E = ets:lookup_element(T, c, 2),
    Take = ets:take(T, b),
    Gone = ets:lookup(T, b),
    true = ets:delete(T, c),
    true = ets:delete_object(T, {a, 999}),
    StillA = ets:lookup(T, a),
    true = ets:delete_object(T, {a, 10}),
    Size = ets:info(T, size),
    Rest = lists:sort(ets:tab2list(T)),
    true = ets:delete_all_objects(T),
    {R1, R2, R3, Lookups, Members, E, Take, Gone, StillA, Size, Rest, ets:info(T, size), ets:tab2list(T)}.

ordered() ->
    T = ets:new(o, [ordered_set]),
    Keys = [5, 3.0, b, "str", {t, 1}, <<"bin">>, [1], 1, a, 2.5],
    true = ets:insert(T, [{K, v} || K <- Keys]),
    true = ets:insert(T, {1.0, float_one}),
    true = ets:insert(T, {3, int_three}),
    All = ets:tab2list(T),
    Walk = walk(T, ets:first(T), fun ets:next/2),
    Back = walk(T, ets:last(T), fun ets:prev/2),
    Next = [ets:next(T, K) || K <- [0, 2, 2.5, zzz, <<"z">>]],
    Prev = [ets:prev(T, K) || K <- [0, 2, a]],
    {All, Walk, Back, Next, Prev, ets:lookup(T, 1), ets:lookup(T, 3.0), ets:member(T, 2.5), ets:info(T, size)}.

walk(_T, '$end_of_table', _Step) -> [];
walk(T, K, Step) -> [K | walk(T, Step(T, K), Step)].

bag() ->
    T = ets:new(b, [bag]),
    true = ets:insert(T, {k, 1}),
    true = ets:insert(T, {k, 2}),
    true = ets:insert(T, {k, 1}),
    true = ets:insert(T, {j, 1}),
    L1 = ets:lookup(T, k),
    E = ets:lookup_element(T, k, 2),
    true = ets:delete_object(T, {k, 1}),
    L2 = ets:lookup(T, k),
    New = ets:insert_new(T, {k, 3}),
    New2 = ets:insert_new(T, {m, 3}),
    {L1, E, L2, New, New2, ets:info(T, size), lists:sort(ets:tab2list(T))}.

dbag() ->
    T = ets:new(d, [duplicate_bag]),
    true = ets:insert(T, {k, 1}),
    true = ets:insert(T, {k, 1}),
    true = ets:insert(T, {k, 2}),
    L1 = ets:lookup(T, k),
    true = ets:delete_object(T, {k, 1}),
    L2 = ets:lookup(T, k),
    Take = ets:take(T, k),
    {L1, L2, Take, ets:lookup(T, k), ets:info(T, size)}.

keypos() ->
    T = ets:new(kp, [{keypos, 2}]),
    true = ets:insert(T, [{rec, alice, 30}, {rec, bob, 25}]),
    true = ets:insert(T, {other, alice, 31}),
    {ets:lookup(T, alice), ets:lookup_element(T, bob, 3), ets:info(T, keypos), lists:sort(ets:tab2list(T))}.

named() ->
    Name = ets:new(otp_ets_tables_named, [named_table, public]),
    true = ets:insert(otp_ets_tables_named, {x, 1}),
    Tid = ets:whereis(otp_ets_tables_named),
    Same = ets:lookup(Tid, x),
    New = ets:rename(otp_ets_tables_named, otp_ets_tables_renamed),
    Old = ets:whereis(otp_ets_tables_named),
    Found = ets:lookup(otp_ets_tables_renamed, x),
    Member = lists:member(otp_ets_tables_renamed, ets:all()),
    true = ets:delete(otp_ets_tables_renamed),
    {Name, is_reference(Tid), Same, New, Old, Found, Member, ets:info(otp_ets_tables_renamed),
     ets:whereis(otp_ets_tables_renamed)}.
