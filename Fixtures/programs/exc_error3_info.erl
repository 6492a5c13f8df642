%% erlang:error/3 with an error_info option, called last, not last, and with the
%% arguments none: the error_info goes into the caller's frame, with the arguments given.
-module(exc_error3_info).
-export([main/0, t/1, nt/1]).
t(X) -> erlang:error(badarg, [X], [{error_info, #{cause => c1}}]).
nt(X) -> erlang:error(badarg, [X], [{error_info, #{cause => c2}}]), ok.
main() ->
    A = try t(1) catch error:_:S1 -> hd(S1) end,
    B = try nt(2) catch error:_:S2 -> hd(S2) end,
    C = try erlang:error(x, none, [{error_info, #{cause => c3}}]) catch error:_:S3 -> hd(S3) end,
    D = try error(badarg, [1], []) catch error:_:S4 -> hd(S4) end,
    {A, B, C, D}.
