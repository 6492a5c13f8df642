%% os:cmd/1,2 (output, standard error, exit statuses, arguments, options, errors, the
%% environment and working directory it sees) and os:find_executable/1,2.
-module(otp_os_cmd).
-export([main/0]).

main() ->
    Basic = [os:cmd("echo hello"), os:cmd("printf 'a\\nb'"), os:cmd("echo out; echo err 1>&2"),
             os:cmd("exit 3"), os:cmd("true"), os:cmd(""), os:cmd("cat"),
             os:cmd(["ec", "ho", [$\s, "deep"]]), os:cmd('echo atom'),
             os:cmd("echo trailing" ++ [0, 0]), os:cmd("printf '\\316\\273\\342\\202\\254'"),
             os:cmd("printf '\\377\\376'"), os:cmd("echo 'multi\nline'")],
    Big = os:cmd("seq 1 20000"),
    Options = [os:cmd("seq 1 100", #{max_size => 10}), os:cmd("echo small", #{max_size => 1000}),
               os:cmd("echo none", #{}),
               catch_error(fun() -> os:cmd("echo failing; exit 3", #{exception_on_failure => true}) end),
               catch_error(fun() -> os:cmd("echo fine", #{exception_on_failure => true}) end),
               catch_error(fun() -> os:cmd("kill -9 $$", #{exception_on_failure => true}) end)],
    Var = "BEAMR_OTP_OS_CMD",
    true = os:putenv(Var, "from erlang"),
    Env = os:cmd("echo $" ++ Var),
    true = os:unsetenv(Var),
    {ok, Cwd} = file:get_cwd(),
    ok = file:set_cwd("/tmp"),
    Pwd = os:cmd("pwd"),
    ok = file:set_cwd(Cwd),
    Errors = [catch_error(fun() -> os:cmd(<<"echo bin">>) end),
              catch_error(fun() -> os:cmd("echo " ++ [0] ++ "x") end),
              catch_error(fun() -> os:cmd(42) end),
              catch_error(fun() -> os:cmd("echo", [max_size]) end),
              catch_error(fun() -> os:cmd("echo", #{max_size => -1}) end)],
    Find = [os:find_executable("sh") =/= false, os:find_executable("beamr_no_such_program"),
            os:find_executable("sh", "/beamr/nonexistent:/bin"), os:find_executable("/bin/sh"),
            os:find_executable("sh", "")],
    Parallel = parallel(),
    [{basic, Basic}, {big, length(Big), lists:sublist(Big, 8), lists:nthtail(length(Big) - 6, Big)},
     {options, Options}, {env, Env}, {pwd, Pwd}, {errors, Errors}, {find, Find}, {parallel, Parallel}].

%% Several commands at once, each answered to its own caller.
parallel() ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), os:cmd("sleep 0.2; echo " ++ integer_to_list(N))} end)
            || N <- lists:seq(1, 4)],
    [receive {Pid, Out} -> Out end || Pid <- Pids].

catch_error(F) ->
    try F() catch error:Reason -> {error, Reason} end.
