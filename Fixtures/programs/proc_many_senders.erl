%% Many senders to one receiver: no message is lost and each sender's messages arrive in
%% the order it sent them.
-module(proc_many_senders).
-export([main/0]).

main() ->
    Self = self(),
    Senders = 200, PerSender = 500,
    [spawn(fun() -> [Self ! {S, I} || I <- lists:seq(1, PerSender)] end) || S <- lists:seq(1, Senders)],
    Received = collect(Senders * PerSender, #{}),
    InOrder = lists:all(fun({_, Is}) -> Is =:= lists:seq(PerSender, 1, -1) end, maps:to_list(Received)),
    {map_size(Received), InOrder}.

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive {S, I} -> collect(N - 1, maps:update_with(S, fun(L) -> [I | L] end, [I], Acc)) end.
