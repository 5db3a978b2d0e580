from .conftest import transferhub


def test_check_deploy_passes_clean_with_production_settings(prod_env):
    result = transferhub("check", "--deploy", env=prod_env)
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in output
    assert "WARNING" not in output


def test_it_refuses_to_start_in_production_without_a_secret_key(prod_env):
    del prod_env["SECRET_KEY"]
    result = transferhub("check", env=prod_env)
    assert result.returncode != 0
    assert "Mit DEBUG=0 muss SECRET_KEY gesetzt sein" in result.stderr
