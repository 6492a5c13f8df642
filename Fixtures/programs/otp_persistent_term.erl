%% persistent_term: put/get/get with a default/erase, overwriting a value,
%% keys compared exactly (1 and 1.0 differ), large and structured values
%% (with binaries) read by many processes, get/0 listing the program's own
%% keys, and the badarg of get/1 for a missing key.
-module(otp_persistent_term).
-export([main/0]).

main() ->
    Big = #{list => lists:seq(1, 1000), bin => <<"0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz">>, tuple => {a, "b", 3.5}},
    ok = persistent_term:put({?MODULE, big}, Big),
    ok = persistent_term:put({?MODULE, n}, 1),
    ok = persistent_term:put({?MODULE, n}, 2),
    ok = persistent_term:put({?MODULE, 1}, int),
    ok = persistent_term:put({?MODULE, 1.0}, float),
    Self = self(),
    Pids = [spawn(fun() ->
                          V = persistent_term:get({?MODULE, big}),
                          Self ! {self(), maps:get(tuple, V), length(maps:get(list, V)), byte_size(maps:get(bin, V))}
                  end) || _ <- lists:seq(1, 5)],
    Seen = [receive {P, T, L, S} -> {T, L, S} end || P <- Pids],
    Got = persistent_term:get({?MODULE, big}),
    Mine = lists:sort([{K, V} || {{M, _} = K, V} <- persistent_term:get(), M =:= ?MODULE, not is_map(V)]),
    Missing = try persistent_term:get({?MODULE, missing}) catch error:badarg -> badarg end,
    Erased = [persistent_term:erase({?MODULE, n}), persistent_term:erase({?MODULE, n})],
    [lists:usort(Seen), Got =:= Big, persistent_term:get({?MODULE, n}, default),
     persistent_term:get({?MODULE, 1}), persistent_term:get({?MODULE, 1.0}), Mine, Missing, Erased,
     is_map(persistent_term:info()), persistent_term:get({?MODULE, big}) =:= Big].
