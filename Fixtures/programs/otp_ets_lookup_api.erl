%% The ETS functions added after OTP 25, used only where the release has
%% them (ets exports them): lookup_element/4 with a default,
%% update_element/4 with a default object, first_lookup/1, next_lookup/2,
%% last_lookup/1 and prev_lookup/2 on an ordered set, and
%% persistent_term:put_new/2.
-module(otp_ets_lookup_api).
-export([main/0]).

main() ->
    {module, ets} = code:ensure_loaded(ets),
    {module, persistent_term} = code:ensure_loaded(persistent_term),
    [case erlang:function_exported(ets, lookup_element, 4) of
         true -> lookup_element();
         false -> no_lookup_element_4
     end,
     case erlang:function_exported(ets, update_element, 4) of
         true -> update_element();
         false -> no_update_element_4
     end,
     case erlang:function_exported(ets, first_lookup, 1) of
         true -> walks();
         false -> no_first_lookup
     end,
     case erlang:function_exported(persistent_term, put_new, 2) of
         true -> put_new();
         false -> no_put_new
     end].

lookup_element() ->
    T = ets:new(t, [bag]),
    ets:insert(T, [{k, 1, a}, {k, 2, b}]),
    [ets:lookup_element(T, k, 3, none), ets:lookup_element(T, missing, 2, none),
     try ets:lookup_element(T, k, 4, none) catch error:badarg -> badarg end].

update_element() ->
    T = ets:new(t, [ordered_set]),
    R = [ets:update_element(T, k, {2, new}, {k, old, kept}),
         ets:update_element(T, k, {3, changed}, {k, unused, unused}),
         try ets:update_element(T, k, {2, x}, {}) catch error:badarg -> badarg end],
    {R, ets:tab2list(T)}.

walks() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{N, N * 10} || N <- [3, 1, 2]]),
    S = ets:new(s, [bag]),
    ets:insert(S, [{only, 1}, {only, 2}]),
    [ets:first_lookup(T), ets:next_lookup(T, 1), ets:next_lookup(T, 3), ets:last_lookup(T),
     ets:prev_lookup(T, 3), ets:prev_lookup(T, 1), ets:first_lookup(S), ets:next_lookup(S, only),
     ets:first_lookup(ets:new(empty, []))].

put_new() ->
    Key = {?MODULE, key},
    [persistent_term:put_new(Key, 1), persistent_term:put_new(Key, 1),
     try persistent_term:put_new(Key, 2) catch error:badarg -> badarg end, persistent_term:get(Key)].
