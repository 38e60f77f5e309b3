"""The rules file is part of the configuration: orderd --check validates
it with file:line:column errors, and the example in config/ is valid."""
import os
import shutil

from harness import OrderdCase

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


class RulesCheck(OrderdCase):
    channels = {'shop': {'currency': 'CNY'}}

    def test_example_rules_are_valid(self):
        shutil.copy(os.path.join(ROOT, 'config', 'rules.yaml'), os.path.join(self.etc, 'rules.yaml'))
        self.write_main_config('rules: rules.yaml\n')
        out = self.run_prog('orderd', '--check')
        self.assertIn('is valid', out.stdout)

    def test_bad_rules_make_the_configuration_invalid(self):
        with open(os.path.join(self.etc, 'rules.yaml'), 'w') as f:
            f.write('language: zh\nrules:\n  - {id: a, type: amount, above: "1.2.3", action: hold}\n'
                    '  - {id: b, type: nosuch, action: hold}\n')
        self.write_main_config('rules: rules.yaml\n')
        out = self.run_prog('orderd', '--check', check=False)
        self.assertEqual(out.returncode, 2)
        self.assertRegex(out.stderr, r'rules\.yaml:3:\d+: .*1\.2\.3')
        self.assertRegex(out.stderr, r'rules\.yaml:4:\d+: .*nosuch')
        # orderd refuses to start on it too, as orderctl does.
        self.assertEqual(self.once(check=False).returncode, 2)
        self.assertEqual(self.orderctl('channels', check=False).returncode, 2)
