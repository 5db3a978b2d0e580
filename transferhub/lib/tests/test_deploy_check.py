from .conftest import transferhub


def test_check_deploy_passes_clean_with_production_settings(prod_env):
    result = transferhub("check", "--deploy", env=prod_env)
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in output
    assert "WARNING" not in output
